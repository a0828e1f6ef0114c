using System.Text;
using Cchc.Consumer;

// A real job with the Cchc.Domain package: every step prints what it found and checks it; the
// first check that does not hold ends the run with exit code 1.
Console.OutputEncoding = Encoding.UTF8;
try
{
    var plan = SamplePlan.Build();
    PlanSteps.RoundTrip(plan);
    PlanSteps.Validate(plan);
    PlanSteps.ListDeadlines(plan);
    ScoringSteps.ScoreSample(Path.Combine(AppContext.BaseDirectory, "data"));
    Console.WriteLine("consumer: all checks passed");
    return 0;
}
catch (CheckFailedException e)
{
    Console.Error.WriteLine($"consumer: check failed: {e.Message}");
    return 1;
}
