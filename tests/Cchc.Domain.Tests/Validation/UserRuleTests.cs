using Cchc.Domain.Calendar;
using Cchc.Domain.Calendar.Schedules;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Plans;
using Cchc.Domain.Scoring;
using Cchc.Domain.Validation;
using Cchc.Domain.Tests.Scoring;
using FluentValidation;

namespace Cchc.Domain.Tests.Validation;

/// <summary>
/// The validators are FluentValidation validators a user can run, include and extend: a province's
/// own rule comes out as a <see cref="Diagnostic"/> (CCHC9001, its message, its severity, its property
/// path as a JSON Pointer) next to the library's diagnostics, which stay exactly as the library reports them.
/// </summary>
public sealed class UserRuleTests
{
    /// <summary>The example of docs/diagnostics.md, "Your own rules".</summary>
    private sealed class LaoCaiPlanValidator : AbstractValidator<Plan>
    {
        public LaoCaiPlanValidator()
        {
            Include(new PlanValidator());
            RuleFor(p => p.Header.Issuer)
                .Must(issuer => issuer.Contains("Lào Cai", StringComparison.Ordinal))
                .WithMessage("Kế hoạch phải do một cơ quan của tỉnh Lào Cai ban hành.")
                .WithSeverity(Severity.Warning);
            RuleForEach(p => p.Areas).ChildRules(area => area.RuleForEach(a => a.Tasks).ChildRules(task =>
                task.RuleFor(t => t.Title).MaximumLength(2000)));
        }
    }

    [Fact]
    public void A_provinces_rule_comes_out_as_a_diagnostic_beside_the_librarys()
    {
        var plan = SamplePlan.Build();
        var area = plan.Areas[0];
        var task = area.Tasks[0] with { LeadUnitIds = ["so-tai-chinh"], Title = new string('x', 2001) };
        var broken = plan with { Areas = [area with { Tasks = [task, .. area.Tasks.Skip(1)] }, .. plan.Areas.Skip(1)] };

        var diagnostics = new LaoCaiPlanValidator().Validate(broken).ToDiagnostics();
        var library = new PlanValidator().Diagnose(broken);

        Assert.Equal(library, diagnostics.Where(d => d.Code != DiagnosticCodes.UserRule));
        Assert.Contains(library, d => d is { Code: DiagnosticCodes.Plan.UnknownUnit, Path: "/areas/0/tasks/0/leadUnitIds/0" });
        var issuer = Assert.Single(diagnostics, d => d.Path == "/header/issuer");
        Assert.Equal((DiagnosticCodes.UserRule, DiagnosticSeverity.Warning), (issuer.Code, issuer.Severity));
        Assert.Equal("Kế hoạch phải do một cơ quan của tỉnh Lào Cai ban hành.", issuer.MessageEn);
        Assert.StartsWith(issuer.MessageEn, issuer.MessageVi, StringComparison.Ordinal);
        var title = Assert.Single(diagnostics, d => d.Path == "/areas/0/tasks/0/title");
        Assert.Equal((DiagnosticCodes.UserRule, DiagnosticSeverity.Error), (title.Code, title.Severity));
    }

    [Fact]
    public void A_derived_validator_adds_rules_to_the_frameworks()
    {
        var framework = Build.Framework(Build.Manual("1", 100m));
        var validator = new StrictFrameworkValidator();

        var diagnostic = Assert.Single(validator.Validate(framework).ToDiagnostics());
        Assert.Equal((DiagnosticCodes.UserRule, "/identity/decision"), (diagnostic.Code, diagnostic.Path));
        Assert.Empty(new FrameworkValidator().Diagnose(framework));
    }

    [Fact]
    public void An_assessment_validator_serves_many_assessments_of_its_framework()
    {
        var framework = Build.Framework(Build.Manual("1", 2m));
        var validator = new AssessmentValidator(framework);

        Assert.Same(framework, validator.Framework);
        Assert.Contains(validator.Diagnose(Build.Assessment(framework, "a", Build.Points("1", 2.5m))), d => d is { Code: DiagnosticCodes.Scoring.PointsAboveMax, Path: "/entries/0/rounds/0/input/points" });
        Assert.DoesNotContain(validator.Diagnose(Build.Assessment(framework, "b", Build.Points("1", 1m))), d => d.IsError);
    }

    [Fact]
    public void The_schedule_validator_reports_at_pointers_into_the_schedule()
    {
        var schedule = new OfficialSchedule(2027, [new ScheduledHoliday(HolidayOccasion.LabourDay, [])]);

        var diagnostics = new OfficialScheduleValidator().Validate(schedule).ToDiagnostics();

        Assert.Contains(diagnostics, d => d is { Code: DiagnosticCodes.Calendar.NoDays, Path: "/holidays/0/days" });
    }

    private sealed class StrictFrameworkValidator : FrameworkValidator
    {
        public StrictFrameworkValidator() => RuleFor(f => f.Identity.Decision).NotEmpty();
    }
}
