/** A project's stages in the order a project goes through them (the CMS's `stage` options). */
export const projectStages = ['signed', 'under-construction', 'in-production'] as const;
export type ProjectStage = (typeof projectStages)[number];

/** The policy types of the CMS's `type` options, in the order the filter lists them. */
export const policyTypes = ['investment-promotion', 'project-management', 'incentive', 'land', 'talent', 'tax', 'finance'] as const;
