import demoContent from './demo-content';
import referenceData from './reference-data';

export default {
  'reference-data': referenceData,
  'demo-content': demoContent,
};
