// The one script inlined in every page (ScriptLoader.astro). It fetches nothing on load: each
// feature's module is imported from its hashed address when the reader first needs it.
import { wireSearch } from './search.ts';
import { wireShare } from './share.ts';
import { wireEpub } from './epub.ts';

wireSearch();
wireShare();
wireEpub();
