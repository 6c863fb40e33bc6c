using Volunteers.Api.Setup;
using Volunteers.Core.Audit;
using FastEndpoints;
using Volunteers.Core.Backups;
using Volunteers.Core.Data;

namespace Volunteers.Api.Features.Backups.Create;

public sealed record Response(string Name, long Size, string? KeyFile);

/// <summary>A consistent copy of the live database, and of its data key file, in backups/ beside the database.</summary>
public sealed class Endpoint(Database db, AuditCommands audit, TimeProvider clock) : EndpointWithoutRequest<Response>
{
    public override void Configure()
    {
        Post("/api/admin/backups");
        Roles(Access.TownAdmin);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var file = DatabaseBackup.Create(db, clock);
        audit.Record(User.Caller(), "backup.create", "backup", file.Name, new { file.Size });
        await Send.ResponseAsync(new Response(file.Name, file.Size, file.KeyFile is null ? null : Path.GetFileName(file.KeyFile)), 201, ct);
    }
}
