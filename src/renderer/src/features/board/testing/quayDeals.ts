import type { RpcClient } from '../../../../../shared/rpc/client';

/** A new deal of Quay Works called `title` (in the pipeline's first stage), created through the store. */
export const createQuayDeal = (client: RpcClient, title: string) =>
  client.call('deals.create', {
    title,
    companyName: 'Quay Works',
    contactName: 'Ola Dahl',
    contactEmail: 'ola@quay.example',
    source: 'event',
    value: 1000,
  });
