import blog from './blog/schema.json';
import event from './event/schema.json';
import organisation from './organisation/schema.json';
import person from './person/schema.json';
import post from './post/schema.json';
import programme from './programme/schema.json';
import region from './region/schema.json';
import topic from './topic/schema.json';

export default {
  organisation: { schema: organisation },
  programme: { schema: programme },
  event: { schema: event },
  post: { schema: post },
  person: { schema: person },
  blog: { schema: blog },
  region: { schema: region },
  topic: { schema: topic },
};
