/** What an access token carries. Roles are re-read from the database on every request. */
export interface AccessTokenClaims {
  sub: string;
  email: string;
}
