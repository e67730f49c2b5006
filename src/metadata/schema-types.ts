/** schema.org types of an article: every `*Article` (NewsArticle, TechArticle...), and blog posts. */
export const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|LiveBlogPosting)$/;

/** schema.org types (JSON-LD `@type`, microdata `itemtype`) whose item describes the page's own content. */
export const CONTENT_TYPES = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report|Review|Recipe|HowTo|QAPage|Question|Product|SocialMediaPosting|DiscussionForumPosting|VideoObject|CreativeWork|WebPage|ItemPage|AboutPage|ProfilePage|CollectionPage)$/;

/** The generic ones: a page that has a more specific item describes its content with that one. */
export const PAGE_TYPES = /^(?:WebPage|ItemPage|AboutPage|ProfilePage|CollectionPage|CreativeWork)$/;
