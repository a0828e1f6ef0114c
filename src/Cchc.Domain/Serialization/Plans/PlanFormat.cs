using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;
using Cchc.Domain.Plans;
using Cchc.Domain.Validation;

namespace Cchc.Domain.Serialization.Plans;

/// <summary>The plan format read in one pass (<see cref="PlanShapes"/>), validated by <see cref="PlanValidator"/>.</summary>
internal sealed class PlanFormat : JsonFormat<PlanBuilder, Plan>
{
    /// <summary>The content findings that compare with the plan year: meaningless when the year did not read.</summary>
    private static readonly HashSet<string> YearCodes = new(StringComparer.Ordinal)
    {
        PlanDiagnostics.BaselineAfterPlanYear.Code,
        PlanDiagnostics.HorizonBeforePlanYear.Code,
        PlanDiagnostics.DateOutsidePlan.Code,
        PlanDiagnostics.EndYearBeforeYear.Code,
    };

    public static PlanFormat Instance { get; } = new();

    protected override PlanBuilder? ReadRoot(ref JsonPass pass) => PlanShapes.Read(ref pass);

    protected override string? VersionOf(PlanBuilder builder) => builder.SchemaVersion;

    protected override Plan Build(PlanBuilder builder) => builder.Build();

    protected override IEnumerable<Diagnostic> Validate(Plan model) => PlanValidator.Shared.Diagnose(model);

    protected override IReadOnlySet<string>? HiddenCodes(JsonReadState state) =>
        state.IsUnderError("/header/year") ? YearCodes : null;
}
