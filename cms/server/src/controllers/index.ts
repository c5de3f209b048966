import embed from './embed';
import feedSources from './feed-sources';
import publicApi from './public';
import settings from './settings';

export default { public: publicApi, embed, settings, 'feed-sources': feedSources };
