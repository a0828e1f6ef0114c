namespace Cchc.Domain.Diagnostics;

/// <summary>
/// The stable code of every diagnostic, as constants to match with <c>diagnostic.Code == DiagnosticCodes.Plan.UnknownUnit</c>.
/// Each area of the catalogue has its nested class; <see cref="DiagnosticCatalog"/> lists the codes with their severity and title.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>CCHC9001: a rule a user added to one of the library's validators failed (the rule's own message and severity; see <see cref="ValidationDiagnostics"/>).</summary>
    public const string UserRule = "CCHC9001";

    /// <summary>The codes of reading JSON (CCHC1xxx).</summary>
    public static class Json
    {
        /// <summary>CCHC1001: the bytes are not well-formed JSON (or not UTF-8).</summary>
        public const string Syntax = "CCHC1001";

        /// <summary>CCHC1002: a value has the wrong JSON type.</summary>
        public const string WrongType = "CCHC1002";

        /// <summary>CCHC1003: a required member is missing.</summary>
        public const string MissingMember = "CCHC1003";

        /// <summary>CCHC1004: a member that the format does not define (an error, or a warning when reading leniently).</summary>
        public const string UnknownMember = "CCHC1004";

        /// <summary>CCHC1005: the same member name appears twice in one object.</summary>
        public const string DuplicateMember = "CCHC1005";

        /// <summary>CCHC1006: null where a value is required.</summary>
        public const string NullNotAllowed = "CCHC1006";

        /// <summary>CCHC1007: a string that is not a real date or month in ISO-8601 form.</summary>
        public const string InvalidDate = "CCHC1007";

        /// <summary>CCHC1008: a string outside a closed code list.</summary>
        public const string UnknownCode = "CCHC1008";

        /// <summary>CCHC1009: a union object without its <c>kind</c> discriminator.</summary>
        public const string MissingKind = "CCHC1009";

        /// <summary>CCHC1010: a union object whose <c>kind</c> is not one of the known kinds.</summary>
        public const string UnknownKind = "CCHC1010";

        /// <summary>CCHC1011: a <c>schemaVersion</c> this library cannot read.</summary>
        public const string UnsupportedVersion = "CCHC1011";

        /// <summary>CCHC1012: a number outside the range the member allows (too large, or a fraction where a whole number is needed).</summary>
        public const string NumberOutOfRange = "CCHC1012";

        /// <summary>CCHC1013: a newer minor <c>schemaVersion</c> than this library knows; read as far as possible.</summary>
        public const string NewerVersion = "CCHC1013";

        /// <summary>CCHC1014: the document passed every structural check but still could not be read (a defect of the library: please report it).</summary>
        public const string Unreadable = "CCHC1014";

        /// <summary>CCHC1015: the document is larger than <c>JsonReadOptions.MaxInputBytes</c>; nothing of it is read.</summary>
        public const string InputTooLarge = "CCHC1015";

        /// <summary>CCHC1016: an array has more items than <c>JsonReadOptions.MaxArrayLength</c>; the rest are not read.</summary>
        public const string ArrayTooLong = "CCHC1016";

        /// <summary>CCHC1017: a string is longer than <c>JsonReadOptions.MaxStringLength</c>; it is not read.</summary>
        public const string StringTooLong = "CCHC1017";

        /// <summary>CCHC1018: more diagnostics were found than <c>JsonReadOptions.MaxDiagnostics</c>; this one counts the rest.</summary>
        public const string TooManyDiagnostics = "CCHC1018";
    }

    /// <summary>The codes of plans (CCHC2xxx).</summary>
    public static class Plan
    {
        /// <summary>CCHC2001: an id used twice in one collection.</summary>
        public const string DuplicateId = "CCHC2001";

        /// <summary>CCHC2002: a reference to a unit the plan does not declare.</summary>
        public const string UnknownUnit = "CCHC2002";

        /// <summary>CCHC2003: a reference to an area the plan does not declare.</summary>
        public const string UnknownArea = "CCHC2003";

        /// <summary>CCHC2004: a reference to a target the plan does not declare.</summary>
        public const string UnknownTarget = "CCHC2004";

        /// <summary>CCHC2005: a reference to a task the plan does not declare.</summary>
        public const string UnknownTask = "CCHC2005";

        /// <summary>CCHC2006: units whose parents form a cycle.</summary>
        public const string UnitCycle = "CCHC2006";

        /// <summary>CCHC2007: targets whose parents form a cycle.</summary>
        public const string TargetCycle = "CCHC2007";

        /// <summary>CCHC2008: a task that nothing assigns a lead to.</summary>
        public const string TaskWithoutLead = "CCHC2008";

        /// <summary>CCHC2009: a text that must say something is empty.</summary>
        public const string EmptyText = "CCHC2009";

        /// <summary>CCHC2010: a percentage level outside 0–100.</summary>
        public const string PercentOutOfRange = "CCHC2010";

        /// <summary>CCHC2011: a range whose lower bound is above its upper bound.</summary>
        public const string RangeInverted = "CCHC2011";

        /// <summary>CCHC2012: a baseline year after the plan year.</summary>
        public const string BaselineAfterPlanYear = "CCHC2012";

        /// <summary>CCHC2013: a legal reference whose number and date disagree on the year (often a typo of the source).</summary>
        public const string LegalReferenceYearMismatch = "CCHC2013";

        /// <summary>CCHC2014: a date outside the years the plan covers.</summary>
        public const string DateOutsidePlan = "CCHC2014";

        /// <summary>CCHC2015: text not in Unicode NFC; the diagnostic's suggestion is the NFC form.</summary>
        public const string NotNfc = "CCHC2015";

        /// <summary>CCHC2016: a horizon year before the plan year.</summary>
        public const string HorizonBeforePlanYear = "CCHC2016";

        /// <summary>CCHC2017: a numeric target without comparator, value or unit, or a qualitative one with them.</summary>
        public const string IncompleteQuantity = "CCHC2017";

        /// <summary>CCHC2018: a deadline phrase the parser does not understand; it is kept as written.</summary>
        public const string UnrecognizedDeadline = "CCHC2018";

        /// <summary>CCHC2019: an upper value on a comparator other than between, or between without one.</summary>
        public const string UpperValueMismatch = "CCHC2019";

        /// <summary>CCHC2020: a multi-year plan whose end year is before its first year.</summary>
        public const string EndYearBeforeYear = "CCHC2020";

        /// <summary>CCHC2021: a negative count, rank or points level.</summary>
        public const string NegativeValue = "CCHC2021";

        /// <summary>CCHC2022: an assignment whose id lists do not fit its scope.</summary>
        public const string ScopeMismatch = "CCHC2022";

        /// <summary>CCHC2023: a structured deadline whose parts are out of range (quarter 5, year 0).</summary>
        public const string InvalidDeadline = "CCHC2023";

        /// <summary>CCHC2024: a plan year outside the years the library's calendars cover.</summary>
        public const string YearOutOfRange = "CCHC2024";

        /// <summary>CCHC2025: a deadline phrase that names a day that does not exist ("30/02/2022"); it is kept as written.</summary>
        public const string ImpossibleDeadlineDate = "CCHC2025";
    }

    /// <summary>The codes of the calendar, official schedules and deadlines (CCHC3xxx).</summary>
    public static class Calendar
    {
        /// <summary>CCHC3001: a schedule's year is outside the supported range.</summary>
        public const string YearOutOfRange = "CCHC3001";

        /// <summary>CCHC3002: a date lies too far from the schedule's year.</summary>
        public const string DateOutsideYear = "CCHC3002";

        /// <summary>CCHC3003: two schedules of the same year in one document; they are merged in document order.</summary>
        public const string DuplicateYear = "CCHC3003";

        /// <summary>CCHC3004: the same occasion appears twice in one schedule.</summary>
        public const string DuplicateOccasion = "CCHC3004";

        /// <summary>CCHC3005: a swap's worked day is not a Saturday or Sunday.</summary>
        public const string WorkedDayNotWeekend = "CCHC3005";

        /// <summary>CCHC3006: a swap's day off is a Saturday or Sunday.</summary>
        public const string SwappedDayNotWeekday = "CCHC3006";

        /// <summary>CCHC3007: a holiday entry without any day.</summary>
        public const string NoDays = "CCHC3007";

        /// <summary>CCHC3008: a date listed twice as a day off, or both off and worked, in one schedule.</summary>
        public const string DateConflict = "CCHC3008";

        /// <summary>CCHC3009: an occasion 'other' without its names.</summary>
        public const string OtherNeedsNames = "CCHC3009";

        /// <summary>CCHC3010: a holiday with a number of days that differs from the Labour Code of that year.</summary>
        public const string UnexpectedDayCount = "CCHC3010";

        /// <summary>CCHC3011: a compensatory day on a weekend, which gives nothing off.</summary>
        public const string CompensatoryOnWeekend = "CCHC3011";
    }

    /// <summary>The codes of scoring frameworks and assessments (CCHC4xxx).</summary>
    public static class Scoring
    {
        /// <summary>CCHC4001: a parent criterion's maximum differs from the sum of its children's maxima.</summary>
        public const string ParentMaxMismatch = "CCHC4001";

        /// <summary>CCHC4002: a criterion or bonus/penalty code used more than once in a framework.</summary>
        public const string DuplicateCode = "CCHC4002";

        /// <summary>CCHC4003: a criterion without children and without a scoring rule.</summary>
        public const string LeafWithoutRule = "CCHC4003";

        /// <summary>CCHC4004: a criterion with children that also has a rule; the rule is ignored.</summary>
        public const string ParentWithRule = "CCHC4004";

        /// <summary>CCHC4005: a maximum that is not more than 0.</summary>
        public const string InvalidMaxPoints = "CCHC4005";

        /// <summary>CCHC4006: a rule, band or cap parameter outside its range.</summary>
        public const string InvalidParameter = "CCHC4006";

        /// <summary>CCHC4007: two percentage bands of a ratio-bands rule overlap.</summary>
        public const string RatioBandsOverlap = "CCHC4007";

        /// <summary>CCHC4008: a level or survey answer option defined twice in one rule.</summary>
        public const string DuplicateOption = "CCHC4008";

        /// <summary>CCHC4009: two classification bands overlap.</summary>
        public const string ClassBandsOverlap = "CCHC4009";

        /// <summary>CCHC4010: classification bands leave indexes without a class.</summary>
        public const string ClassBandsGap = "CCHC4010";

        /// <summary>CCHC4011: a year range whose last year is before its first.</summary>
        public const string InvalidYearRange = "CCHC4011";

        /// <summary>CCHC4012: an assessment made against another framework or version.</summary>
        public const string FrameworkMismatch = "CCHC4012";

        /// <summary>CCHC4013: an assessment year outside the framework's years.</summary>
        public const string YearOutsideFramework = "CCHC4013";

        /// <summary>CCHC4014: an entry whose code is not a criterion of the framework.</summary>
        public const string UnknownCriterion = "CCHC4014";

        /// <summary>CCHC4015: an entry for a criterion that has children (only leaves are scored).</summary>
        public const string NotALeaf = "CCHC4015";

        /// <summary>CCHC4016: two entries for the same criterion.</summary>
        public const string DuplicateEntry = "CCHC4016";

        /// <summary>CCHC4017: an entry without any round.</summary>
        public const string EntryWithoutRounds = "CCHC4017";

        /// <summary>CCHC4018: an input whose kind does not fit the leaf's rule.</summary>
        public const string InputDoesNotFitRule = "CCHC4018";

        /// <summary>CCHC4019: points above the leaf's maximum.</summary>
        public const string PointsAboveMax = "CCHC4019";

        /// <summary>CCHC4020: a negative number where only zero or more makes sense.</summary>
        public const string NegativeValue = "CCHC4020";

        /// <summary>CCHC4021: a level code the leaf's levels rule does not define.</summary>
        public const string UnknownLevel = "CCHC4021";

        /// <summary>CCHC4022: a survey answer option the leaf's answer map does not define.</summary>
        public const string UnknownSurveyOption = "CCHC4022";

        /// <summary>CCHC4023: a survey tally without respondents.</summary>
        public const string NoRespondents = "CCHC4023";

        /// <summary>CCHC4024: a self-assessed leaf with points but neither evidence nor an explanation.</summary>
        public const string MissingEvidence = "CCHC4024";

        /// <summary>CCHC4025: a leaf of the framework without an entry in the assessment.</summary>
        public const string NotAssessed = "CCHC4025";

        /// <summary>CCHC4026: an entry without an appraisal round; its latest round is used.</summary>
        public const string NotAppraised = "CCHC4026";
    }
}
