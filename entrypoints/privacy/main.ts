import '@/components/page/gc-page.css';
import policy from '@/docs/privacy.md?raw';

// The privacy policy, from docs/privacy.md (one text for the repository, the stores and the extension), shown as
// plain text: nothing in it is parsed as markup.
const app = document.getElementById('app');
if (app) {
  app.style.whiteSpace = 'pre-wrap';
  app.style.maxWidth = '72ch';
  app.style.margin = '2rem auto';
  app.style.padding = '0 1rem';
  app.textContent = policy.replace(/\*\*/g, '');
}
