import type { Dataset } from '@ptce/core';

/** The display name of what a meeting belongs to: a body, or "GT5 Numérique responsable". */
export function targetName(dataset: Dataset, id: string | undefined): string {
  if (id === undefined) return '';
  const body = dataset.bodyById.get(id);
  if (body) return body.name;
  const group = dataset.groupById.get(id);
  if (group)
    return group.number === undefined
      ? group.name
      : `${dataset.ptce.groupPrefix}${group.number} ${group.name}`;
  const sub = dataset.subgroupById.get(id);
  if (sub) return `${sub.subgroup.name} (${targetName(dataset, sub.group.id)})`;
  return id;
}
