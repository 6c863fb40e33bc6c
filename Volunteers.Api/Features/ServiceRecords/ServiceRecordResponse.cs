using Volunteers.Core.ServiceRecords;

namespace Volunteers.Api.Features.ServiceRecords;

public sealed record ServiceRecordResponse(long Id, long VolunteerId, string VolunteerName, long LearningPointId, long? ActivityId, string? ActivityTitle,
    long? BatchId, string Source, long? CheckinId, DateOnly ServiceDate, decimal Hours, string Content, string Status, long? ReversesId, long? ReversedById, string? Reason,
    long RecordedBy, DateTimeOffset RecordedAt, long? ReviewedBy, DateTimeOffset? ReviewedAt)
{
    public static ServiceRecordResponse From(ServiceRecord r) => new(r.Id, r.VolunteerId, r.VolunteerName, r.LearningPointId, r.ActivityId,
        r.ActivityTitle, r.BatchId, r.Source, r.CheckinId, r.ServiceDate, r.Hours, r.Content, r.Status, r.ReversesId, r.ReversedById, r.Reason, r.RecordedBy,
        r.RecordedAt, r.ReviewedBy, r.ReviewedAt);
}
