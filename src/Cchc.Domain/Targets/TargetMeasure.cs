namespace Cchc.Domain.Targets;

/// <summary>What a target asks for.</summary>
public enum TargetMeasure
{
    /// <summary>Reach a level ("đạt tối thiểu 86,6%", "nằm trong TOP 20").</summary>
    Level = 0,

    /// <summary>Increase by an amount against a baseline ("tăng 10 bậc so với năm 2021", "tăng tối thiểu 20%").</summary>
    Increase = 1,

    /// <summary>Decrease by an amount against a baseline ("giảm 10% thời gian giải quyết").</summary>
    Decrease = 2,

    /// <summary>No number: a qualitative aim ("Cải thiện chỉ số PCI so với năm 2021").</summary>
    Qualitative = 3,
}
