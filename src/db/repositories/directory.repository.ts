import type { DirectoryRepository } from '../../domain/directory/ports.ts';
import type { Tx } from '../client.ts';
import { appointmentRepository } from './appointment.repository.ts';
import { orgUnitRepository } from './org-unit.repository.ts';
import { personRepository } from './person.repository.ts';
import { positionRepository } from './position.repository.ts';
import { roleRepository } from './role.repository.ts';
import { userRepository } from './user.repository.ts';

/** The agency's structure, people, users and roles, one repository per table family; every query filters by tenant first. */
export function directoryRepository(tx: Tx): DirectoryRepository {
  return {
    ...orgUnitRepository(tx),
    ...positionRepository(tx),
    ...appointmentRepository(tx),
    ...personRepository(tx),
    ...userRepository(tx),
    ...roleRepository(tx),
  };
}
