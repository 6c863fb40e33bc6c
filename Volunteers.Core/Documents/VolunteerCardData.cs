namespace Volunteers.Core.Documents;

/// <summary>The printed personal card (志愿者证): who it belongs to and the link its QR code opens. No mobile or ID number.</summary>
public sealed record VolunteerCardData(string Name, string VolunteerNo, string LearningPointName, string TownName, string Issuer, DateOnly IssuedOn, string CardUrl);
