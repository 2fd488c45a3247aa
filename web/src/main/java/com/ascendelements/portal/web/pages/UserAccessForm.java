package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.identity.PortalRole;
import com.ascendelements.portal.identity.PortalUser;
import com.ascendelements.portal.identity.UserAdministration;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The administrator's form for one user's access: a hub employee's staff roles, and a new password for anyone. Either
 * change ends the user's open sessions (the next login carries it).
 */
public class UserAccessForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long userId;
    private String username;
    private boolean staff;
    private List<PortalRole> roles = new ArrayList<>();
    private String newPassword;

    static UserAccessForm of(PortalUser user) {
        UserAccessForm form = new UserAccessForm();
        form.userId = user.id();
        form.username = user.username();
        form.staff = user.partner().isEmpty();
        form.roles = new ArrayList<>(user.roles());
        return form;
    }

    /** @return what was changed, in words; refuses what the rules refuse, and then changes nothing */
    String save(UserAdministration administration) {
        if (staff && roles.isEmpty()) {
            throw new InvalidRequestException("Choose at least one role for " + username);
        }
        List<String> done = administration.changeAccess(userId, staff ? EnumSet.copyOf(roles) : null, newPassword);
        newPassword = null;
        return done.isEmpty() ? "Nothing changed for " + username
                : username + ": " + String.join(" and ", done) + "; the user's open sessions have ended";
    }

    public String getUsername() { return username; }
    public boolean isStaff() { return staff; }
    public List<PortalRole> getRoles() { return roles; }
    public void setRoles(List<PortalRole> roles) { this.roles = roles; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
}
