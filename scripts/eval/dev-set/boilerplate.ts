/**
 * Formulas every provincial act repeats (entry into force, who executes it, who supervises it,
 * when the council adopted it): provisions made of them repeat nothing a reviewer cares about.
 */
const BOILERPLATE = [
  /có hiệu lực(?: thi hành)?(?: kể)? từ ngày/u,
  /chịu trách nhiệm (?:tổ chức )?thi hành/u,
  /(?:tổ chức|triển khai) thực hiện (?:Nghị quyết|Quyết định) này/u,
  /giám sát (?:việc )?(?:tổ chức )?(?:triển khai )?thực hiện Nghị quyết/u,
  /thông qua ngày/u,
  /thay thế Quyết định số|bãi bỏ Quyết định số|hết hiệu lực/u,
];

export function isBoilerplate(text: string): boolean {
  return BOILERPLATE.some((pattern) => pattern.test(text));
}
