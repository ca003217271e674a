package org.broadsheet.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleTest {

    @Test
    void anAdministratorHasEveryCapability() {
        assertThat(Role.ADMINISTRATOR.capabilities()).containsExactlyInAnyOrder(Capability.values());
    }

    @Test
    void eachRoleHasEveryCapabilityOfTheRolesBelowIt() {
        Role[] roles = Role.values();
        for (int i = 0; i + 1 < roles.length; i++) {
            assertThat(roles[i].capabilities()).as(roles[i] + " over " + roles[i + 1])
                    .containsAll(roles[i + 1].capabilities()).hasSizeGreaterThan(roles[i + 1].capabilities().size());
        }
    }

    @Test
    void aContributorWritesButCannotPublish() {
        assertThat(Role.CONTRIBUTOR.can(Capability.EDIT_OWN_STORIES)).isTrue();
        assertThat(Role.CONTRIBUTOR.can(Capability.PUBLISH_OWN_STORIES)).isFalse();
    }

    @Test
    void aSubscriberOnlyEditsTheirProfile() {
        assertThat(Role.SUBSCRIBER.capabilities()).containsExactly(Capability.EDIT_PROFILE);
    }

    @Test
    void onlyAdministratorsManageUsersAndSettings() {
        for (Role role : Role.values()) {
            assertThat(role.can(Capability.MANAGE_USERS)).as(role.name()).isEqualTo(role == Role.ADMINISTRATOR);
            assertThat(role.can(Capability.MANAGE_SETTINGS)).as(role.name()).isEqualTo(role == Role.ADMINISTRATOR);
        }
    }

    @Test
    void theStoredKeyReadsBackAsTheSameRole() {
        for (Role role : Role.values()) {
            assertThat(Role.fromKey(role.key())).isEqualTo(role);
        }
    }
}
