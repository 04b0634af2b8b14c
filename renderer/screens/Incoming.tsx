/** Văn bản đến (issue 6: the clerk's desk, renderer/screens/desk). */
export { IncomingDesk as Incoming } from './desk/IncomingDesk';
