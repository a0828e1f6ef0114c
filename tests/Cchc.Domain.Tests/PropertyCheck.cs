using FsCheck;
using FsCheck.Fluent;

namespace Cchc.Domain.Tests;

/// <summary>Runs FsCheck 3 properties inside xunit facts (the older style; FsCheck.Xunit's <c>[Property]</c> is used for new properties).</summary>
internal static class PropertyCheck
{
    /// <summary>Checks that <paramref name="property"/> holds for <paramref name="maxTest"/> generated values; throws with the shrunk counter-example otherwise.</summary>
    public static void ForAll<T>(Arbitrary<T> arbitrary, Func<T, bool> property, int maxTest = 300) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(maxTest), Prop.ForAll(arbitrary, property));

    /// <summary>Checks that <paramref name="assertion"/> does not throw for generated values (use xunit asserts inside).</summary>
    public static void ForAll<T>(Arbitrary<T> arbitrary, Action<T> assertion, int maxTest = 300) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(maxTest), Prop.ForAll(arbitrary, assertion));

    /// <summary>Checks a property over values drawn from <paramref name="generator"/>.</summary>
    public static void ForAll<T>(Gen<T> generator, Func<T, bool> property, int maxTest = 300) =>
        ForAll(Arb.From(generator), property, maxTest);

    /// <summary>Checks an assertion over values drawn from <paramref name="generator"/>.</summary>
    public static void ForAll<T>(Gen<T> generator, Action<T> assertion, int maxTest = 300) =>
        ForAll(Arb.From(generator), assertion, maxTest);
}
