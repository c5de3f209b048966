import embed from './embed';
import publicApi from './public';

export default { public: publicApi, embed };
