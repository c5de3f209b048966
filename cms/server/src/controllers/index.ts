import embed from './embed';
import publicApi from './public';
import settings from './settings';

export default { public: publicApi, embed, settings };
