using Cchc.Domain.Deadlines;
using Cchc.Domain.Calendar;
using Cchc.Domain.Plans;
using Cchc.Domain.Targets;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Cchc.Domain.Tests;

/// <summary>FsCheck generators of whole plans, with Vietnamese text and every optional member exercised.</summary>
internal static class PlanGenerators
{
    private static readonly char[] Alphabet = [.. "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐƯ 0123456789/-,.%\"\\\n\t~"];

    public static Gen<string> Text { get; } = Gen.Elements(Alphabet).ArrayOf().Select(cs => new string(cs)).Where(s => s.Length > 0);

    public static Gen<string?> OptionalText { get; } = Gen.OneOf(Gen.Constant<string?>(null), Text.Select(s => (string?)s));

    public static Gen<decimal> Amount { get; } = Gen.Choose(0, 10_000).Select(i => i / 10m);

    public static Gen<Target> Target(string id) =>
        from text in Text
        from measure in Gen.Elements(Enum.GetValues<TargetMeasure>())
        from comparator in Gen.Elements(Enum.GetValues<Comparator>())
        from value in Amount
        from upper in Amount
        from unit in Gen.Elements(Enum.GetValues<QuantityUnit>())
        from indicator in OptionalText
        from baseline in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(2015, 2022).Select(y => (int?)y))
        select measure == TargetMeasure.Qualitative
            ? new Target(id, text, measure) { Indicator = indicator, BaselineYear = baseline }
            : new Target(id, text, measure)
            {
                Indicator = indicator,
                Comparator = comparator,
                Value = value,
                Unit = unit,
                BaselineYear = baseline,
                UpperValue = comparator == Comparator.Between ? value + upper : null,
            };

    public static Gen<Deadline?> Deadline { get; } = Gen.OneOf<Deadline?>(
        Gen.Constant<Deadline?>(null),
        Gen.Elements("Quý I", "Quý III", "Trước 30/11", "Tháng 12/2022", "Năm 2022", "Cả năm", "Theo chỉ đạo của UBND tỉnh")
            .Select(p => Cchc.Domain.Deadlines.Deadline.TryParse(p, 2022, out var d) ? d : (Deadline?)new UnrecognizedDeadline(p)),
        Gen.Choose(1, 365).Select(day => (Deadline?)new OnDateDeadline(new LocalDate(2022, 1, 1).PlusDays(day - 1))));

    public static Gen<PlanTask> Task(string id, IReadOnlyList<string> unitIds) =>
        from title in Text
        from number in OptionalText
        from leads in Gen.SubListOf(unitIds.ToArray())
        from supports in Gen.SubListOf(unitIds.ToArray())
        from deliverables in Text.ListOf().Select(ts => ts.Take(3).Select(t => new Deliverable(t)).ToValueList())
        from deadline in Deadline
        from status in Gen.OneOf(Gen.Constant<PlanTaskStatus?>(null), Gen.Elements(Enum.GetValues<PlanTaskStatus>()).Select(s => (PlanTaskStatus?)s))
        from result in OptionalText
        select new PlanTask(id, title)
        {
            Number = number,
            LeadUnitIds = [.. leads],
            SupportUnitIds = [.. supports],
            Deliverables = deliverables,
            Deadline = deadline,
            Status = status,
            Result = result,
        };

    public static Gen<Plan> Plan { get; } =
        from title in Text
        from issuer in Text
        from unitCount in Gen.Choose(1, 4)
        from units in Gen.Elements(Enum.GetValues<UnitKind>()).ArrayOf(unitCount)
        from areaCount in Gen.Choose(0, 4)
        from kinds in Gen.Elements(Enum.GetValues<ReformAreaKind>()).ArrayOf(areaCount)
        from notes in Text.ListOf()
        let unitIds = units.Select((_, i) => $"u{i}").ToList()
        from areas in Gen.CollectToArray(kinds.Select((kind, a) =>
            from areaTitle in Text
            from targets in Gen.CollectToArray(Enumerable.Range(0, a % 3).Select(i => Target($"g{a}-{i}")))
            from tasks in Gen.CollectToArray(Enumerable.Range(0, (a + 1) % 4).Select(i => Task($"t{a}-{i}", unitIds)))
            select new ReformArea($"a{a}", (a + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), areaTitle, kind)
            {
                Targets = [.. targets],
                Tasks = [.. tasks],
            }))
        select new Plan(new PlanHeader(PlanKind.AnnualReform, title, issuer, 2022) { IssueDate = new PartialDate(2022, 2) })
        {
            Units = units.Select((k, i) => new Unit($"u{i}", $"Đơn vị {i}", k)).ToValueList(),
            Areas = [.. areas],
            Notes = [.. notes.Take(3)],
        };
}
