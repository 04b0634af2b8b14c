/** Văn bản đi (issue 6: the clerk's desk, renderer/screens/desk). */
export { OutgoingDesk as Outgoing } from './desk/OutgoingDesk';
