using Cchc.Domain.Json;
using Cchc.Domain.Plans;

namespace Cchc.Domain.Serialization.Plans;

/// <summary>The reform areas of a plan, their tasks and deliverables, as tables of members (see <see cref="PlanShapes"/>).</summary>
internal static class TaskShapes
{
    private static readonly Deliverable DeliverablePlaceholder = new(string.Empty);
    private static readonly PlanTask TaskPlaceholder = new(string.Empty, string.Empty);
    private static readonly ReformArea AreaPlaceholder = new(string.Empty, string.Empty, string.Empty, default);

    private static readonly JsonShape<DeliverableBuilder> Deliverable = new(
    [
        JsonMembers<DeliverableBuilder>.Text("label", false, (b, v) => b.Label = v),
        JsonMembers<DeliverableBuilder>.Text("title", true, (b, v) => b.Title = v),
        JsonMembers<DeliverableBuilder>.Texts("leadUnitIds", (b, v) => b.LeadUnitIds = v),
    ]);

    private static readonly JsonShape<TaskBuilder> Task = new(
    [
        JsonMembers<TaskBuilder>.Text("id", true, (b, v) => b.Id = v),
        JsonMembers<TaskBuilder>.Text("number", false, (b, v) => b.Number = v),
        JsonMembers<TaskBuilder>.Text("title", true, (b, v) => b.Title = v),
        JsonMembers<TaskBuilder>.List("deliverables", false, ReadDeliverable, DeliverablePlaceholder, (b, v) => b.Deliverables = v),
        JsonMembers<TaskBuilder>.Texts("leadUnitIds", (b, v) => b.LeadUnitIds = v),
        JsonMembers<TaskBuilder>.Texts("supportUnitIds", (b, v) => b.SupportUnitIds = v),
        JsonMembers<TaskBuilder>.Text("leadText", false, (b, v) => b.LeadText = v),
        JsonMembers<TaskBuilder>.Text("supportText", false, (b, v) => b.SupportText = v),
        JsonMembers<TaskBuilder>.Text("deadline", false, (b, v) => b.Deadline = v),
        JsonMembers<TaskBuilder>.Object("due", false, DeadlineShapes.Read, (b, v) => b.Due = v),
        JsonMembers<TaskBuilder>.Code<PlanTaskStatus>("status", false, (b, v) => b.Status = v),
        JsonMembers<TaskBuilder>.Date("completedOn", false, (b, v) => b.CompletedOn = v),
        JsonMembers<TaskBuilder>.Text("result", false, (b, v) => b.Result = v),
        JsonMembers<TaskBuilder>.Texts("targetIds", (b, v) => b.TargetIds = v),
    ]);

    private static readonly JsonShape<AreaBuilder> Area = new(
    [
        JsonMembers<AreaBuilder>.Text("id", true, (b, v) => b.Id = v),
        JsonMembers<AreaBuilder>.Text("number", true, (b, v) => b.Number = v),
        JsonMembers<AreaBuilder>.Text("title", true, (b, v) => b.Title = v),
        JsonMembers<AreaBuilder>.Code<ReformAreaKind>("kind", true, (b, v) => b.Kind = v),
        JsonMembers<AreaBuilder>.List("targets", false, PlanShapes.ReadTarget, PlanShapes.Placeholders.Target, (b, v) => b.Targets = v),
        new("tasks", false, ("an array", "một mảng"), ReadTasks),
    ]);

    /// <summary>Reads the array of areas the pass stands on; task phrases are parsed by <paramref name="phrases"/>.</summary>
    public static ValueList<ReformArea> ReadAreas(ref JsonPass pass, DeadlinePhrases phrases) =>
        JsonLists.Read(
            ref pass,
            (ref JsonPass p) =>
            {
                var area = new AreaBuilder(phrases);
                _ = Area.Read(ref p, area);
                return area.Build();
            },
            AreaPlaceholder,
            ("an object", "một đối tượng"));

    private static void ReadTasks(ref JsonPass pass, AreaBuilder area)
    {
        var phrases = area.Phrases;
        area.Tasks = JsonLists.Read(
            ref pass,
            (ref JsonPass p) =>
            {
                var task = new TaskBuilder(phrases);
                _ = Task.Read(ref p, task);
                return task.Build();
            },
            TaskPlaceholder,
            ("an object", "một đối tượng"));
    }

    private static Deliverable ReadDeliverable(ref JsonPass pass)
    {
        var deliverable = new DeliverableBuilder();
        _ = Deliverable.Read(ref pass, deliverable);
        return deliverable.Build();
    }
}
