using Npgsql;
using Volunteers.Core.Data;

namespace Volunteers.Tests.Data;

public sealed class PostgresSettingsTests
{
    [Test]
    public void Without_a_word_on_them_connections_skip_the_session_reset_and_prepare_repeated_statements()
    {
        var settings = new NpgsqlConnectionStringBuilder(Database.PostgresSettings("Host=db.qijiang;Database=volunteers;Username=v"));
        Assert.That(settings.NoResetOnClose, Is.True);
        Assert.That(settings.MaxAutoPrepare, Is.EqualTo(64));
        Assert.That((settings.Host, settings.Database, settings.Username), Is.EqualTo(("db.qijiang", "volunteers", "v")));
    }

    [Test]
    public void What_the_connection_string_says_of_either_is_kept()
    {
        var settings = new NpgsqlConnectionStringBuilder(Database.PostgresSettings("Host=db;No Reset On Close=false;Max Auto Prepare=0"));
        Assert.That(settings.NoResetOnClose, Is.False);
        Assert.That(settings.MaxAutoPrepare, Is.Zero);
        var spelled = new NpgsqlConnectionStringBuilder(Database.PostgresSettings("Host=db;noresetonclose=false;MAXAUTOPREPARE=8"));
        Assert.That((spelled.NoResetOnClose, spelled.MaxAutoPrepare), Is.EqualTo((false, 8)));
    }
}
