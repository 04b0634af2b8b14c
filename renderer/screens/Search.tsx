/** Tìm kiếm (issue 6: the clerk's desk, renderer/screens/desk). */
export { SearchDesk as Search } from './desk/SearchDesk';
