import { sql } from "drizzle-orm";
import type { Executor } from "@/db/connect";

export interface OpenedPart {
  enrollmentId: string;
  email: string;
  courseSlug: string;
  courseTitle: string;
  partTitle: string;
  firstLessonSlug: string;
}

/**
 * Claims, in the caller's transaction, up to `limit` parts that have opened for a learner since
 * their access began and that they have not been told about: one row in module_open_notices each,
 * so a part is announced once however many instances run the job. Parts already open when the
 * learner joined, revoked access, unpublished courses and parts with no published lesson are left.
 */
export async function claimOpenedParts(tx: Executor, now: Date, limit: number): Promise<OpenedPart[]> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const rows = await tx.execute(sql`
    with due as (
      select e.id as enrollment_id, m.id as module_id
      from enrollments e
      join courses c on c.id = e.course_id and c.status = 'published'
      join course_modules m on m.course_id = e.course_id
      where e.revoked_at is null
        and (m.opens_after_days is not null or m.opens_at is not null)
        and coalesce(m.opens_at, e.granted_at + make_interval(days => m.opens_after_days)) <= ${at}
        and coalesce(m.opens_at, e.granted_at + make_interval(days => m.opens_after_days)) > e.granted_at
        and exists (select 1 from lessons l where l.module_id = m.id and l.status = 'published')
        and not exists (select 1 from module_open_notices n where n.enrollment_id = e.id and n.module_id = m.id)
      limit ${limit}
    ), claimed as (
      insert into module_open_notices (enrollment_id, module_id, notified_at)
      select enrollment_id, module_id, ${at} from due
      on conflict do nothing
      returning enrollment_id, module_id
    )
    select claimed.enrollment_id as "enrollmentId", u.email, c.slug as "courseSlug", c.title as "courseTitle", m.title as "partTitle",
      (select l.slug from lessons l where l.module_id = m.id and l.status = 'published' order by l.position limit 1) as "firstLessonSlug"
    from claimed
    join enrollments e on e.id = claimed.enrollment_id
    join users u on u.id = e.user_id
    join courses c on c.id = e.course_id
    join course_modules m on m.id = claimed.module_id
  `);
  return rows as unknown as OpenedPart[];
}
