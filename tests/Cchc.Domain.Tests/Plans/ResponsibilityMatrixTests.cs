using Cchc.Domain.Plans;

namespace Cchc.Domain.Tests.Plans;

public sealed class ResponsibilityMatrixTests
{
    private static readonly ResponsibilityMatrix Matrix = ResponsibilityMatrix.From(SamplePlan.Build());

    [Fact]
    public void An_area_assignment_makes_the_unit_lead_of_the_area_and_of_its_unled_tasks()
    {
        Assert.Equal(["thanh-tra"], Matrix.LeadsOfArea("a1"));
        Assert.Equal(["thanh-tra"], Matrix.LeadsOfTask("t1"));
    }

    [Fact]
    public void A_deliverable_lead_leads_the_task_and_supports_come_from_the_row()
    {
        Assert.Equal(["thanh-tra"], Matrix.LeadsOfTask("t2"));
        Assert.Equal(["van-phong", "ttxttm"], Matrix.SupportsOfTask("t2"));
    }

    [Fact]
    public void Per_unit_view_lists_what_it_leads_supports_and_its_plan_roles()
    {
        var thanhTra = Matrix.For("thanh-tra");
        var vanPhong = Matrix.For("van-phong");

        Assert.Equal(["a1"], thanhTra.LeadsAreas);
        Assert.Equal(["t1", "t2"], thanhTra.LeadsTasks);
        Assert.Equal(["t2"], vanPhong.SupportsTasks);
        Assert.Equal([AssignmentRole.Standing], vanPhong.PlanRoles);
    }

    [Fact]
    public void Gaps_are_the_areas_and_tasks_nobody_leads()
    {
        Assert.Equal(["a2", "a6"], Matrix.AreasWithoutLead);
        Assert.Equal(["t3"], Matrix.TasksWithoutLead);
    }

    [Fact]
    public void A_plan_wide_lead_covers_areas_that_have_none()
    {
        var plan = SamplePlan.Build() with { Assignments = [new Assignment("van-phong", AssignmentRole.Lead, AssignmentScope.Plan)] };
        var matrix = ResponsibilityMatrix.From(plan);

        Assert.Equal(["van-phong"], matrix.LeadsOfArea("a2"));
        Assert.Equal(["van-phong"], matrix.LeadsOfTask("t3"));
        Assert.Empty(matrix.AreasWithoutLead);
    }
}
