// Mark support here rather than in an inline <script>, so a strict CSP works.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

import { initAll } from '/static/govuk-frontend.min.js';
initAll();
