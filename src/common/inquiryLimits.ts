// Length limits of the inquiry form, shared by the site's zod schema and the CMS's validation.
export const inquiryLimits = {
  name: 120,
  jobTitle: 120,
  company: 200,
  website: 300,
  email: 254,
  phone: 40,
  country: 80,
  message: 5000,
} as const;
