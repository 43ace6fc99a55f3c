import type { Metadata } from "next";
import { TaskList } from "@/components/tasks/task-list";
import { Pager } from "@/components/ui/pager";
import { Section } from "@/components/ui/section";
import { can } from "@/lib/access/policy";
import { requireAccess } from "@/lib/auth/context";
import { listTasks, TASK_LIMIT } from "@/lib/tasks/queries";

export const metadata: Metadata = { title: "Opgaver" };

export default async function TasksPage({ searchParams }: { searchParams: Promise<{ efter?: string }> }) {
  const ctx = await requireAccess();
  const { efter } = await searchParams;
  if (!can(ctx, "task:read")) {
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-2xl font-semibold">Opgaver</h1>
        <p className="rounded border border-slate-300 bg-white p-4">Din rolle har ingen opgaver i sager.</p>
      </div>
    );
  }
  const tasks = await listTasks(ctx, efter);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Opgaver</h1>
      <Section title="Mine opgaver" id="mine-opgaver">
        {tasks.mineMore && (
          <p className="mb-3 text-sm text-slate-700">Viser dine {TASK_LIMIT} opgaver med nærmeste frist. Udfør eller giv nogle videre for at se resten.</p>
        )}
        <TaskList tasks={tasks.mine} colleagues={tasks.colleagues} caption="Opgaver tildelt dig, nærmeste frist først" empty="Du har ingen opgaver tildelt. Se organisationens opgaver herunder." />
      </Section>
      <Section title="Organisationens opgaver" id="organisationens-opgaver">
        <TaskList
          tasks={tasks.organisation}
          colleagues={tasks.colleagues}
          caption="Organisationens åbne opgaver, nærmeste frist først"
          empty="Organisationen har ingen åbne opgaver. Opgaver oprettes automatisk fra lovbestemte frister, fx når en underretning registreres."
        />
        <Pager
          label="Sider med organisationens opgaver"
          firstHref={efter ? "/opgaver#organisationens-opgaver" : null}
          nextHref={tasks.nextCursor ? `/opgaver?efter=${tasks.nextCursor}#organisationens-opgaver` : null}
        />
      </Section>
      <Section title="Senest udførte" id="udfoerte-opgaver">
        <TaskList
          tasks={tasks.done}
          colleagues={tasks.colleagues}
          caption="Organisationens senest udførte opgaver, nyeste først"
          empty="Ingen udførte opgaver endnu."
        />
      </Section>
    </div>
  );
}
