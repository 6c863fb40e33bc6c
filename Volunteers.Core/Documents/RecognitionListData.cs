namespace Volunteers.Core.Documents;

/// <summary>
/// One awarded volunteer on the public recognition list. It deliberately has no mobile or ID
/// number field: the list is posted publicly and must not be able to carry them.
/// </summary>
public sealed record RecognitionEntry(string Name, string LearningPoint, decimal YearHours, string Honour, string CertificateNo);

/// <summary>表彰名单: the awarded volunteers of one year, in the order their certificates are numbered.</summary>
public sealed record RecognitionListData(int Year, string TownName, string Issuer, DateOnly IssuedOn, IReadOnlyList<RecognitionEntry> Entries);
