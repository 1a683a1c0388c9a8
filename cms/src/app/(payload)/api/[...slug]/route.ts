/* Payload's generated REST routes, each wrapped so that its answers close their connection once
   the CMS is stopping (cms/src/lib/gracefulStop.ts). If Payload writes this file again, keep the
   wrapper: without it a stop under traffic runs to its deadline. */
import config from '@payload-config';
import '@payloadcms/next/css';
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes';
import { closingWhenStopping } from '../../../../lib/gracefulStop';

export const GET = closingWhenStopping(REST_GET(config));
export const POST = closingWhenStopping(REST_POST(config));
export const DELETE = closingWhenStopping(REST_DELETE(config));
export const PATCH = closingWhenStopping(REST_PATCH(config));
export const PUT = closingWhenStopping(REST_PUT(config));
export const OPTIONS = closingWhenStopping(REST_OPTIONS(config));
