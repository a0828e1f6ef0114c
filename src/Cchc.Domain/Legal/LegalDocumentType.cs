namespace Cchc.Domain.Legal;

/// <summary>The type of a legal or administrative document (loại văn bản).</summary>
public enum LegalDocumentType
{
    /// <summary>A law (Luật).</summary>
    Law = 0,

    /// <summary>A code (Bộ luật).</summary>
    Code = 1,

    /// <summary>A resolution (Nghị quyết), of the Government, a council or a Party committee.</summary>
    Resolution = 2,

    /// <summary>A decree (Nghị định).</summary>
    Decree = 3,

    /// <summary>A decision (Quyết định).</summary>
    Decision = 4,

    /// <summary>A directive (Chỉ thị).</summary>
    Directive = 5,

    /// <summary>A circular (Thông tư).</summary>
    Circular = 6,

    /// <summary>A plan (Kế hoạch).</summary>
    Plan = 7,

    /// <summary>An official letter (Công văn, Văn bản).</summary>
    OfficialLetter = 8,

    /// <summary>Guidance (Hướng dẫn, Văn bản hướng dẫn).</summary>
    Guidance = 9,

    /// <summary>A notice (Thông báo).</summary>
    Notice = 10,

    /// <summary>A programme (Chương trình).</summary>
    Programme = 11,

    /// <summary>A conclusion (Kết luận).</summary>
    Conclusion = 12,

    /// <summary>A report (Báo cáo).</summary>
    Report = 13,

    /// <summary>Any other type.</summary>
    Other = 14,

    /// <summary>The Constitution (Hiến pháp), cited by name: "Hiến pháp năm 2013".</summary>
    Constitution = 15,

    /// <summary>An official telegram (Công điện, code CĐ).</summary>
    Telegram = 16,

    /// <summary>A submission to a higher body (Tờ trình, code TTr).</summary>
    Submission = 17,

    /// <summary>A scheme or project (Đề án, code ĐA).</summary>
    Scheme = 18,

    /// <summary>Rules of procedure or operation (Quy chế, code QC).</summary>
    Rules = 19,

    /// <summary>A regulation (Quy định, code QyĐ; a Party's "Quy định" is coded QĐ).</summary>
    Regulation = 20,

    /// <summary>A joint circular of several ministries (Thông tư liên tịch, code TTLT).</summary>
    JointCircular = 21,
}
