import { defineWebExtConfig } from 'wxt';

// `wxt` dev would launch a browser; on headless machines that crashes
// with ECONNRESET. The demo script starts Chromium itself.
export default defineWebExtConfig({ disabled: true });
