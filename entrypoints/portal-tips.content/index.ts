import { defineContentScript } from 'wxt/utils/define-content-script';
import { provideTips } from '@/lib/overlay/tips-api';
import { createFieldBubbles } from './field-bubble';

// Field tips beside portal fields: Floating UI and the format hints. Loaded at document_idle, after the panel script
// (document_end) has painted, so the panel's first paint does not wait for these bytes.
export default defineContentScript({
  matches: ['https://ccp-pcc.cbsa-asfc.cloud-nuage.canada.ca/*'],
  runAt: 'document_idle',
  main() {
    provideTips(createFieldBubbles());
  },
});
