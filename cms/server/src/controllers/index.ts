import publicApi from './public';

export default { public: publicApi };
