package com.ascendelements.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendelements.portal.DomainFixtures;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** What a user may do changes only by the rules, and every change ends its sessions (a new access version). */
class PortalUserTest {

    @Test
    void aStaffUserGetsOtherStaffRolesAndEveryChangeOfAccessRaisesTheVersion() {
        PortalUser clerk = PortalUser.staff("dock2", "Dock clerk", "hash", EnumSet.of(PortalRole.PROCUREMENT));
        int before = clerk.accessVersion();
        clerk.changeRoles(EnumSet.of(PortalRole.FINANCE));
        assertThat(clerk.roles()).containsExactly(PortalRole.FINANCE);
        assertThat(clerk.accessVersion()).isEqualTo(before + 1);
        clerk.changePasswordHash("other");
        clerk.disable();
        assertThat(clerk.accessVersion()).isEqualTo(before + 3);
        clerk.enable();
        assertThat(clerk.accessVersion()).as("enabling again grants nothing new").isEqualTo(before + 3);

        assertThatThrownBy(() -> clerk.changeRoles(EnumSet.noneOf(PortalRole.class))).hasMessageContaining("need staff roles");
        assertThatThrownBy(() -> clerk.changeRoles(EnumSet.of(PortalRole.FINANCE, PortalRole.PARTNER))).hasMessageContaining("never the PARTNER");
        assertThat(clerk.roles()).containsExactly(PortalRole.FINANCE);
    }

    @Test
    void aPartnerUsersRoleIsItsCompanysAndDoesNotChange() {
        PortalUser ecopro = PortalUser.ofPartner("eco2", "EcoPro buyer", "hash", DomainFixtures.customer());
        assertThatThrownBy(() -> ecopro.changeRoles(EnumSet.of(PortalRole.ADMIN))).hasMessageContaining("a partner user's role does not change");
        assertThat(ecopro.roles()).containsExactly(PortalRole.PARTNER);
    }
}
