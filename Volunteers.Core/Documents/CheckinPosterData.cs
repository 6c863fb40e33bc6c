namespace Volunteers.Core.Documents;

/// <summary>签到海报: what a volunteer reads at the door before scanning; the QR code opens the check-in page.</summary>
public sealed record CheckinPosterData(string TownName, string Title, string When, string? Location, string Organiser, string Window, string CheckinUrl);
