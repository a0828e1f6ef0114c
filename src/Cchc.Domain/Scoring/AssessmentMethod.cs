namespace Cchc.Domain.Scoring;

/// <summary>How the points of a criterion are obtained.</summary>
public enum AssessmentMethod
{
    /// <summary>The unit scores itself (tự đánh giá) and the appraisal council checks it (thẩm định).</summary>
    SelfAssessed = 0,

    /// <summary>A sociological survey (điều tra xã hội học) gives the points; the unit does not score itself.</summary>
    Survey = 1,
}
