/** Who wrote an annotation or an export: the profile asked once and editable in the settings. */
export interface Author {
  naam: string;
  fractie: string;
  /** A stable id (UUID) given at the first Delen, so fractie members recognise a renamed author. */
  id?: string;
}
