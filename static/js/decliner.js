// Decliner front-end behaviour. Loaded with `defer`; no inline scripts (CSP).
"use strict";
