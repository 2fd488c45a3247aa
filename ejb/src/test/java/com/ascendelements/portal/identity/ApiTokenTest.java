package com.ascendelements.portal.identity;

import static com.ascendelements.portal.DomainFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An API token lets its user in until it is revoked, or until it expires when it was given an expiry. */
class ApiTokenTest {

    private static final PortalUser ERP = PortalUser.staff("erp", "ERP connector", "hash", Set.of(PortalRole.PROCUREMENT));

    @Test
    void aTokenWithAnExpiryStopsWorkingThenAndOneWithoutWorksUntilRevoked() {
        Instant issued = CLOCK.instant();
        ApiToken thirtyDays = ApiToken.issue(ERP, "ERP", "admin", 30, CLOCK).token();
        assertThat(thirtyDays.expiresAt()).contains(issued.plus(Duration.ofDays(30)));
        assertThat(thirtyDays.isActive(issued.plus(Duration.ofDays(30)).minusSeconds(1))).isTrue();
        assertThat(thirtyDays.isActive(issued.plus(Duration.ofDays(30)))).isFalse();

        ApiToken forever = ApiToken.issue(ERP, "ERP", "admin", null, CLOCK).token();
        assertThat(forever.expiresAt()).isEmpty();
        assertThat(forever.isActive(issued.plus(Duration.ofDays(3650)))).isTrue();
        forever.revoke(CLOCK);
        assertThat(forever.isActive(issued)).isFalse();
    }

    @Test
    void anExpiryIsOneDayToTwoYears() {
        assertThatThrownBy(() -> ApiToken.issue(ERP, "ERP", "admin", 0, CLOCK)).hasMessage("A token expires after 1 to 730 days, or not at all");
        assertThatThrownBy(() -> ApiToken.issue(ERP, "ERP", "admin", 731, CLOCK)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ApiToken.issue(ERP, "ERP", "admin", 730, CLOCK).token().expiresAt()).isPresent();
    }
}
