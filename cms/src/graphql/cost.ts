import { GraphQLError, Kind, type ExecutionArgs, type ValidationRule, type ValueNode } from 'graphql';

/** Bounds on one GraphQL request: Payload's complexity limit does not count `limit`, or aliases of one list. */
export const graphQLLimits = {
  /** Documents one list field may ask for. */
  maxLimit: 100,
  /** Documents all list fields of one request may ask for together. */
  maxDocuments: 500,
  /** Fields at the top of one operation, aliases included. */
  maxRootFields: 20,
};

/** Payload's lists answer 10 documents unless `limit` says otherwise; `limit: 0` means all of them. */
const defaultLimit = 10;

function numberOf(node: ValueNode | undefined, variables: ExecutionArgs['variableValues']): number | undefined {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const value = variables?.[node.name.value];
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}

/**
 * Refuses a request that could read more documents than the limits allow, before it runs: every
 * field with a `limit` argument (a Payload list) counts its limit, nested lists included.
 */
export const documentBudget =
  (args: Pick<ExecutionArgs, 'variableValues'>): ValidationRule =>
  (context) => {
    let documents = 0;
    let reported = false;
    const refuse = (message: string) => {
      if (reported) return;
      reported = true;
      context.reportError(new GraphQLError(message));
    };
    return {
      OperationDefinition(node) {
        const roots = node.selectionSet.selections.length;
        if (roots > graphQLLimits.maxRootFields) {
          refuse(
            `一次查询最多 ${graphQLLimits.maxRootFields} 个顶层字段 / At most ${graphQLLimits.maxRootFields} top-level fields per request`,
          );
        }
      },
      Field(node) {
        const definition = context.getFieldDef();
        if (!definition?.args.some((arg) => arg.name === 'limit')) return;
        const given = node.arguments?.find((arg) => arg.name.value === 'limit');
        const limit = given ? numberOf(given.value, args.variableValues) : defaultLimit;
        if (limit === undefined || limit < 1 || limit > graphQLLimits.maxLimit) {
          refuse(`limit 须在 1 到 ${graphQLLimits.maxLimit} 之间 / limit must be between 1 and ${graphQLLimits.maxLimit}`);
          return;
        }
        documents += limit;
        if (documents > graphQLLimits.maxDocuments) {
          refuse(`一次查询最多读取 ${graphQLLimits.maxDocuments} 篇文档 / At most ${graphQLLimits.maxDocuments} documents per request`);
        }
      },
    };
  };
