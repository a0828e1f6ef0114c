using Cchc.Domain.Reporting;

namespace Cchc.Domain.Plans;

/// <summary>One source of funding for the plan.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Kind">The kind of source.</param>
/// <param name="Text">The source as written.</param>
public sealed record FundingSource(FundingKind Kind, string Text);
