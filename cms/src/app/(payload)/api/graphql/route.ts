// GraphQL for signed-in staff only, with hints stripped from its errors: cms/src/graphql/staffOnly.ts.
export { OPTIONS, POST } from '../../../../graphql/staffOnly';
