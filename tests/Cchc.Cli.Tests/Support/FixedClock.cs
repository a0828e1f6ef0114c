using NodaTime;

namespace Cchc.Cli.Tests.Support;

/// <summary>A clock that always reads the same instant, for outputs with a time stamp.</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
