namespace Cchc.Domain.Scoring;

/// <summary>The scoring round an input belongs to, in the order of the annual cycle.</summary>
public enum AssessmentRound
{
    /// <summary>The unit's own score (điểm tự đánh giá, tự chấm).</summary>
    SelfAssessment = 0,

    /// <summary>The first appraisal (thẩm định lần 1) by the Department of Home Affairs or the council.</summary>
    Appraisal = 1,

    /// <summary>The unit's explanation (giải trình) with the points it claims after the first appraisal.</summary>
    Explanation = 2,

    /// <summary>The second appraisal (thẩm định lần 2) after the explanation; final when present.</summary>
    SecondAppraisal = 3,
}
